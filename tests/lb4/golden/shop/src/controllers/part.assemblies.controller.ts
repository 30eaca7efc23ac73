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
  requestBody,
  response,
} from '@loopback/rest';
import {Assembly} from '../models';
import {PartRepository} from '../repositories';

// LoopBack 3's endpoints of Part.assemblies, at its paths (/Parts/{id}/assemblies).
export class PartAssembliesController {
  constructor(
    @repository(PartRepository)
    protected partRepository: PartRepository,
  ) {}

  @get('/Parts/{id}/assemblies')
  @response(200, {
    description: 'Part.assemblies',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(Assembly),
        },
      },
    },
  })
  async find(
    @param.path.number('id') id: number,
    @param.query.object('filter') filter?: Filter<Assembly>,
  ): Promise<Assembly[]> {
    return this.partRepository.assemblies(id).find(filter);
  }

  @post('/Parts/{id}/assemblies')
  @response(200, {
    description: 'Part.assemblies: the new Assembly',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Assembly),
      },
    },
  })
  async create(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Assembly, {
            title: 'NewAssemblyInPart',
            exclude: ['id'],
          }),
        },
      },
    })
    assembly: Omit<Assembly, 'id'>,
  ): Promise<Assembly> {
    return this.partRepository.assemblies(id).create(assembly);
  }

  @del('/Parts/{id}/assemblies')
  @response(200, {
    description: 'Part.assemblies: DELETE success count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async delete(
    @param.path.number('id') id: number,
    @param.query.object('where', getWhereSchemaFor(Assembly))
    where?: Where<Assembly>,
  ): Promise<Count> {
    return this.partRepository.assemblies(id).delete(where);
  }
}
