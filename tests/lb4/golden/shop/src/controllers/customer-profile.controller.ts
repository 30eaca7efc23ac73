import {
  Count,
  CountSchema,
  Filter,
  FilterExcludingWhere,
  repository,
  Where,
} from '@loopback/repository';
import {
  del,
  get,
  getModelSchemaRef,
  param,
  patch,
  post,
  put,
  requestBody,
  response,
} from '@loopback/rest';
import {CustomerProfile} from '../models';
import {CustomerProfileRepository} from '../repositories';

// LoopBack 3's CRUD endpoints of CustomerProfile, at its paths (/CustomerProfiles).
export class CustomerProfileController {
  constructor(
    @repository(CustomerProfileRepository)
    public customerProfileRepository: CustomerProfileRepository,
  ) {}

  @post('/CustomerProfiles')
  @response(200, {
    description: 'CustomerProfile model instance',
    content: {
      'application/json': {
        schema: getModelSchemaRef(CustomerProfile),
      },
    },
  })
  async create(
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(CustomerProfile, {
            title: 'NewCustomerProfile',
            exclude: ['id'],
          }),
        },
      },
    })
    customerProfile: Omit<CustomerProfile, 'id'>,
  ): Promise<CustomerProfile> {
    return this.customerProfileRepository.create(customerProfile);
  }

  @get('/CustomerProfiles/count')
  @response(200, {
    description: 'CustomerProfile model count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async count(@param.where(CustomerProfile) where?: Where<CustomerProfile>): Promise<Count> {
    return this.customerProfileRepository.count(where);
  }

  @get('/CustomerProfiles')
  @response(200, {
    description: 'Array of CustomerProfile model instances',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(CustomerProfile, {includeRelations: true}),
        },
      },
    },
  })
  async find(
    @param.filter(CustomerProfile) filter?: Filter<CustomerProfile>,
  ): Promise<CustomerProfile[]> {
    return this.customerProfileRepository.find(filter);
  }

  @patch('/CustomerProfiles')
  @response(200, {
    description: 'CustomerProfile PATCH success count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async updateAll(
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(CustomerProfile, {partial: true}),
        },
      },
    })
    customerProfile: CustomerProfile,
    @param.where(CustomerProfile) where?: Where<CustomerProfile>,
  ): Promise<Count> {
    return this.customerProfileRepository.updateAll(customerProfile, where);
  }

  @get('/CustomerProfiles/{id}')
  @response(200, {
    description: 'CustomerProfile model instance',
    content: {
      'application/json': {
        schema: getModelSchemaRef(CustomerProfile, {includeRelations: true}),
      },
    },
  })
  async findById(
    @param.path.number('id') id: number,
    @param.filter(CustomerProfile, {exclude: 'where'})
    filter?: FilterExcludingWhere<CustomerProfile>,
  ): Promise<CustomerProfile> {
    return this.customerProfileRepository.findById(id, filter);
  }

  @patch('/CustomerProfiles/{id}')
  @response(204, {description: 'CustomerProfile PATCH success'})
  async updateById(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(CustomerProfile, {partial: true}),
        },
      },
    })
    customerProfile: CustomerProfile,
  ): Promise<void> {
    await this.customerProfileRepository.updateById(id, customerProfile);
  }

  @put('/CustomerProfiles/{id}')
  @response(204, {description: 'CustomerProfile PUT success'})
  async replaceById(
    @param.path.number('id') id: number,
    @requestBody() customerProfile: CustomerProfile,
  ): Promise<void> {
    await this.customerProfileRepository.replaceById(id, customerProfile);
  }

  @del('/CustomerProfiles/{id}')
  @response(204, {description: 'CustomerProfile DELETE success'})
  async deleteById(@param.path.number('id') id: number): Promise<void> {
    await this.customerProfileRepository.deleteById(id);
  }
}
