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
import {Reader} from '../models';
import {ReaderRepository} from '../repositories';

// LoopBack 3's CRUD endpoints of Reader, at its paths (/Readers).
export class ReaderController {
  constructor(
    @repository(ReaderRepository)
    public readerRepository: ReaderRepository,
  ) {}

  @post('/Readers')
  @response(200, {
    description: 'Reader model instance',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Reader),
      },
    },
  })
  async create(
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Reader, {
            title: 'NewReader',
            exclude: ['id'],
          }),
        },
      },
    })
    reader: Omit<Reader, 'id'>,
  ): Promise<Reader> {
    return this.readerRepository.create(reader);
  }

  @get('/Readers/count')
  @response(200, {
    description: 'Reader model count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async count(@param.where(Reader) where?: Where<Reader>): Promise<Count> {
    return this.readerRepository.count(where);
  }

  @get('/Readers')
  @response(200, {
    description: 'Array of Reader model instances',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(Reader, {includeRelations: true}),
        },
      },
    },
  })
  async find(
    @param.filter(Reader) filter?: Filter<Reader>,
  ): Promise<Reader[]> {
    return this.readerRepository.find(filter);
  }

  @patch('/Readers')
  @response(200, {
    description: 'Reader PATCH success count',
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
          schema: getModelSchemaRef(Reader, {partial: true}),
        },
      },
    })
    reader: Reader,
    @param.where(Reader) where?: Where<Reader>,
  ): Promise<Count> {
    return this.readerRepository.updateAll(reader, where);
  }

  @get('/Readers/{id}')
  @response(200, {
    description: 'Reader model instance',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Reader, {includeRelations: true}),
      },
    },
  })
  async findById(
    @param.path.number('id') id: number,
    @param.filter(Reader, {exclude: 'where'})
    filter?: FilterExcludingWhere<Reader>,
  ): Promise<Reader> {
    return this.readerRepository.findById(id, filter);
  }

  @patch('/Readers/{id}')
  @response(204, {description: 'Reader PATCH success'})
  async updateById(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Reader, {partial: true}),
        },
      },
    })
    reader: Reader,
  ): Promise<void> {
    await this.readerRepository.updateById(id, reader);
  }

  @put('/Readers/{id}')
  @response(204, {description: 'Reader PUT success'})
  async replaceById(
    @param.path.number('id') id: number,
    @requestBody() reader: Reader,
  ): Promise<void> {
    await this.readerRepository.replaceById(id, reader);
  }

  @del('/Readers/{id}')
  @response(204, {description: 'Reader DELETE success'})
  async deleteById(@param.path.number('id') id: number): Promise<void> {
    await this.readerRepository.deleteById(id);
  }
}
