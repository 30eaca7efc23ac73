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
import {Physician} from '../models';
import {PhysicianRepository} from '../repositories';

// LoopBack 3's CRUD endpoints of Physician, at its paths (/Physicians).
export class PhysicianController {
  constructor(
    @repository(PhysicianRepository)
    public physicianRepository: PhysicianRepository,
  ) {}

  @post('/Physicians')
  @response(200, {
    description: 'Physician model instance',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Physician),
      },
    },
  })
  async create(
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Physician, {
            title: 'NewPhysician',
            exclude: ['id'],
          }),
        },
      },
    })
    physician: Omit<Physician, 'id'>,
  ): Promise<Physician> {
    return this.physicianRepository.create(physician);
  }

  @get('/Physicians/count')
  @response(200, {
    description: 'Physician model count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async count(@param.where(Physician) where?: Where<Physician>): Promise<Count> {
    return this.physicianRepository.count(where);
  }

  @get('/Physicians')
  @response(200, {
    description: 'Array of Physician model instances',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(Physician, {includeRelations: true}),
        },
      },
    },
  })
  async find(
    @param.filter(Physician) filter?: Filter<Physician>,
  ): Promise<Physician[]> {
    return this.physicianRepository.find(filter);
  }

  @patch('/Physicians')
  @response(200, {
    description: 'Physician PATCH success count',
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
          schema: getModelSchemaRef(Physician, {partial: true}),
        },
      },
    })
    physician: Physician,
    @param.where(Physician) where?: Where<Physician>,
  ): Promise<Count> {
    return this.physicianRepository.updateAll(physician, where);
  }

  @get('/Physicians/{id}')
  @response(200, {
    description: 'Physician model instance',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Physician, {includeRelations: true}),
      },
    },
  })
  async findById(
    @param.path.number('id') id: number,
    @param.filter(Physician, {exclude: 'where'})
    filter?: FilterExcludingWhere<Physician>,
  ): Promise<Physician> {
    return this.physicianRepository.findById(id, filter);
  }

  @patch('/Physicians/{id}')
  @response(204, {description: 'Physician PATCH success'})
  async updateById(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Physician, {partial: true}),
        },
      },
    })
    physician: Physician,
  ): Promise<void> {
    await this.physicianRepository.updateById(id, physician);
  }

  @put('/Physicians/{id}')
  @response(204, {description: 'Physician PUT success'})
  async replaceById(
    @param.path.number('id') id: number,
    @requestBody() physician: Physician,
  ): Promise<void> {
    await this.physicianRepository.replaceById(id, physician);
  }

  @del('/Physicians/{id}')
  @response(204, {description: 'Physician DELETE success'})
  async deleteById(@param.path.number('id') id: number): Promise<void> {
    await this.physicianRepository.deleteById(id);
  }
}
