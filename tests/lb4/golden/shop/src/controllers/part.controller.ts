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
import {Part} from '../models';
import {PartRepository} from '../repositories';

// LoopBack 3's CRUD endpoints of Part, at its paths (/Parts).
export class PartController {
  constructor(
    @repository(PartRepository)
    public partRepository: PartRepository,
  ) {}

  @post('/Parts')
  @response(200, {
    description: 'Part model instance',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Part),
      },
    },
  })
  async create(
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Part, {
            title: 'NewPart',
            exclude: ['id'],
          }),
        },
      },
    })
    part: Omit<Part, 'id'>,
  ): Promise<Part> {
    return this.partRepository.create(part);
  }

  @get('/Parts/count')
  @response(200, {
    description: 'Part model count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async count(@param.where(Part) where?: Where<Part>): Promise<Count> {
    return this.partRepository.count(where);
  }

  @get('/Parts')
  @response(200, {
    description: 'Array of Part model instances',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(Part, {includeRelations: true}),
        },
      },
    },
  })
  async find(
    @param.filter(Part) filter?: Filter<Part>,
  ): Promise<Part[]> {
    return this.partRepository.find(filter);
  }

  @patch('/Parts')
  @response(200, {
    description: 'Part PATCH success count',
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
          schema: getModelSchemaRef(Part, {partial: true}),
        },
      },
    })
    part: Part,
    @param.where(Part) where?: Where<Part>,
  ): Promise<Count> {
    return this.partRepository.updateAll(part, where);
  }

  @get('/Parts/{id}')
  @response(200, {
    description: 'Part model instance',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Part, {includeRelations: true}),
      },
    },
  })
  async findById(
    @param.path.number('id') id: number,
    @param.filter(Part, {exclude: 'where'})
    filter?: FilterExcludingWhere<Part>,
  ): Promise<Part> {
    return this.partRepository.findById(id, filter);
  }

  @patch('/Parts/{id}')
  @response(204, {description: 'Part PATCH success'})
  async updateById(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Part, {partial: true}),
        },
      },
    })
    part: Part,
  ): Promise<void> {
    await this.partRepository.updateById(id, part);
  }

  @put('/Parts/{id}')
  @response(204, {description: 'Part PUT success'})
  async replaceById(
    @param.path.number('id') id: number,
    @requestBody() part: Part,
  ): Promise<void> {
    await this.partRepository.replaceById(id, part);
  }

  @del('/Parts/{id}')
  @response(204, {description: 'Part DELETE success'})
  async deleteById(@param.path.number('id') id: number): Promise<void> {
    await this.partRepository.deleteById(id);
  }
}
