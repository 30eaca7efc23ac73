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
import {Assembly} from '../models';
import {AssemblyRepository} from '../repositories';

// LoopBack 3's CRUD endpoints of Assembly, at its paths (/Assemblies).
export class AssemblyController {
  constructor(
    @repository(AssemblyRepository)
    public assemblyRepository: AssemblyRepository,
  ) {}

  @post('/Assemblies')
  @response(200, {
    description: 'Assembly model instance',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Assembly),
      },
    },
  })
  async create(
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Assembly, {
            title: 'NewAssembly',
            exclude: ['id'],
          }),
        },
      },
    })
    assembly: Omit<Assembly, 'id'>,
  ): Promise<Assembly> {
    return this.assemblyRepository.create(assembly);
  }

  @get('/Assemblies/count')
  @response(200, {
    description: 'Assembly model count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async count(@param.where(Assembly) where?: Where<Assembly>): Promise<Count> {
    return this.assemblyRepository.count(where);
  }

  @get('/Assemblies')
  @response(200, {
    description: 'Array of Assembly model instances',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(Assembly, {includeRelations: true}),
        },
      },
    },
  })
  async find(
    @param.filter(Assembly) filter?: Filter<Assembly>,
  ): Promise<Assembly[]> {
    return this.assemblyRepository.find(filter);
  }

  @patch('/Assemblies')
  @response(200, {
    description: 'Assembly PATCH success count',
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
          schema: getModelSchemaRef(Assembly, {partial: true}),
        },
      },
    })
    assembly: Assembly,
    @param.where(Assembly) where?: Where<Assembly>,
  ): Promise<Count> {
    return this.assemblyRepository.updateAll(assembly, where);
  }

  @get('/Assemblies/{id}')
  @response(200, {
    description: 'Assembly model instance',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Assembly, {includeRelations: true}),
      },
    },
  })
  async findById(
    @param.path.number('id') id: number,
    @param.filter(Assembly, {exclude: 'where'})
    filter?: FilterExcludingWhere<Assembly>,
  ): Promise<Assembly> {
    return this.assemblyRepository.findById(id, filter);
  }

  @patch('/Assemblies/{id}')
  @response(204, {description: 'Assembly PATCH success'})
  async updateById(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Assembly, {partial: true}),
        },
      },
    })
    assembly: Assembly,
  ): Promise<void> {
    await this.assemblyRepository.updateById(id, assembly);
  }

  @put('/Assemblies/{id}')
  @response(204, {description: 'Assembly PUT success'})
  async replaceById(
    @param.path.number('id') id: number,
    @requestBody() assembly: Assembly,
  ): Promise<void> {
    await this.assemblyRepository.replaceById(id, assembly);
  }

  @del('/Assemblies/{id}')
  @response(204, {description: 'Assembly DELETE success'})
  async deleteById(@param.path.number('id') id: number): Promise<void> {
    await this.assemblyRepository.deleteById(id);
  }
}
