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
import {Product} from '../models';
import {TagRepository} from '../repositories';

// LoopBack 3's endpoints of Tag.products, at its paths (/Tags/{id}/products).
export class TagProductsController {
  constructor(
    @repository(TagRepository)
    protected tagRepository: TagRepository,
  ) {}

  @get('/Tags/{id}/products')
  @response(200, {
    description: 'Tag.products',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(Product),
        },
      },
    },
  })
  async find(
    @param.path.number('id') id: number,
    @param.query.object('filter') filter?: Filter<Product>,
  ): Promise<Product[]> {
    return this.tagRepository.products(id).find(filter);
  }

  @post('/Tags/{id}/products')
  @response(200, {
    description: 'Tag.products: the new Product',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Product),
      },
    },
  })
  async create(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Product, {
            title: 'NewProductInTag',
            exclude: ['id'],
          }),
        },
      },
    })
    product: Omit<Product, 'id'>,
  ): Promise<Product> {
    return this.tagRepository.products(id).create(product);
  }

  @del('/Tags/{id}/products')
  @response(200, {
    description: 'Tag.products: DELETE success count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async delete(
    @param.path.number('id') id: number,
    @param.query.object('where', getWhereSchemaFor(Product))
    where?: Where<Product>,
  ): Promise<Count> {
    return this.tagRepository.products(id).delete(where);
  }
}
