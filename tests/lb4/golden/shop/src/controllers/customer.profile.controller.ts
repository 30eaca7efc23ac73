import {
  Count,
  CountSchema,
  Filter,
  repository,
  Where,
} from '@loopback/repository';
import {
  del,
  get,
  getModelSchemaRef,
  getWhereSchemaFor,
  param,
  post,
  put,
  requestBody,
  response,
} from '@loopback/rest';
import {CustomerProfile} from '../models';
import {CustomerRepository} from '../repositories';

// LoopBack 3's endpoints of Customer.profile, at its paths (/Customers/{id}/profile).
export class CustomerProfileRelationController {
  constructor(
    @repository(CustomerRepository)
    protected customerRepository: CustomerRepository,
  ) {}

  @get('/Customers/{id}/profile')
  @response(200, {
    description: 'Customer.profile',
    content: {
      'application/json': {
        schema: getModelSchemaRef(CustomerProfile),
      },
    },
  })
  async get(
    @param.path.number('id') id: number,
    @param.query.object('filter') filter?: Filter<CustomerProfile>,
  ): Promise<CustomerProfile> {
    return this.customerRepository.profile(id).get(filter);
  }

  @post('/Customers/{id}/profile')
  @response(200, {
    description: 'Customer.profile: the new CustomerProfile',
    content: {
      'application/json': {
        schema: getModelSchemaRef(CustomerProfile),
      },
    },
  })
  async create(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(CustomerProfile, {
            title: 'NewCustomerProfileInCustomer',
            exclude: ['id'],
          }),
        },
      },
    })
    customerProfile: Omit<CustomerProfile, 'id'>,
  ): Promise<CustomerProfile> {
    return this.customerRepository.profile(id).create(customerProfile);
  }

  @put('/Customers/{id}/profile')
  @response(200, {
    description: 'Customer.profile: PATCH success count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async patch(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(CustomerProfile, {partial: true}),
        },
      },
    })
    customerProfile: Partial<CustomerProfile>,
    @param.query.object('where', getWhereSchemaFor(CustomerProfile))
    where?: Where<CustomerProfile>,
  ): Promise<Count> {
    return this.customerRepository.profile(id).patch(customerProfile, where);
  }

  @del('/Customers/{id}/profile')
  @response(200, {
    description: 'Customer.profile: DELETE success count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async delete(
    @param.path.number('id') id: number,
    @param.query.object('where', getWhereSchemaFor(CustomerProfile))
    where?: Where<CustomerProfile>,
  ): Promise<Count> {
    return this.customerRepository.profile(id).delete(where);
  }
}
