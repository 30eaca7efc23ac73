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
import {Tag} from '../models';
import {ProductRepository} from '../repositories';

// LoopBack 3's endpoints of Product.tags, at its paths (/Products/{id}/tags).
export class ProductTagsController {
  constructor(
    @repository(ProductRepository)
    protected productRepository: ProductRepository,
  ) {}

  @get('/Products/{id}/tags')
  @response(200, {
    description: 'Product.tags',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(Tag),
        },
      },
    },
  })
  async find(
    @param.path.number('id') id: number,
    @param.query.object('filter') filter?: Filter<Tag>,
  ): Promise<Tag[]> {
    return this.productRepository.tags(id).find(filter);
  }

  @post('/Products/{id}/tags')
  @response(200, {
    description: 'Product.tags: the new Tag',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Tag),
      },
    },
  })
  async create(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Tag, {
            title: 'NewTagInProduct',
            exclude: ['id'],
          }),
        },
      },
    })
    tag: Omit<Tag, 'id'>,
  ): Promise<Tag> {
    return this.productRepository.tags(id).create(tag);
  }

  @del('/Products/{id}/tags')
  @response(200, {
    description: 'Product.tags: DELETE success count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async delete(
    @param.path.number('id') id: number,
    @param.query.object('where', getWhereSchemaFor(Tag))
    where?: Where<Tag>,
  ): Promise<Count> {
    return this.productRepository.tags(id).delete(where);
  }
}
