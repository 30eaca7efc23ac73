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
import {Part} from '../models';
import {AssemblyRepository} from '../repositories';

// LoopBack 3's endpoints of Assembly.parts, at its paths (/Assemblies/{id}/parts).
export class AssemblyPartsController {
  constructor(
    @repository(AssemblyRepository)
    protected assemblyRepository: AssemblyRepository,
  ) {}

  @get('/Assemblies/{id}/parts')
  @response(200, {
    description: 'Assembly.parts',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(Part),
        },
      },
    },
  })
  async find(
    @param.path.number('id') id: number,
    @param.query.object('filter') filter?: Filter<Part>,
  ): Promise<Part[]> {
    return this.assemblyRepository.parts(id).find(filter);
  }

  @post('/Assemblies/{id}/parts')
  @response(200, {
    description: 'Assembly.parts: the new Part',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Part),
      },
    },
  })
  async create(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Part, {
            title: 'NewPartInAssembly',
            exclude: ['id'],
          }),
        },
      },
    })
    part: Omit<Part, 'id'>,
  ): Promise<Part> {
    return this.assemblyRepository.parts(id).create(part);
  }

  @del('/Assemblies/{id}/parts')
  @response(200, {
    description: 'Assembly.parts: DELETE success count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async delete(
    @param.path.number('id') id: number,
    @param.query.object('where', getWhereSchemaFor(Part))
    where?: Where<Part>,
  ): Promise<Count> {
    return this.assemblyRepository.parts(id).delete(where);
  }
}
