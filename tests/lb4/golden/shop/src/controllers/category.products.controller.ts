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
import {CategoryRepository} from '../repositories';

// LoopBack 3's endpoints of Category.products, at its paths (/Categories/{id}/products).
export class CategoryProductsController {
  constructor(
    @repository(CategoryRepository)
    protected categoryRepository: CategoryRepository,
  ) {}

  @get('/Categories/{id}/products')
  @response(200, {
    description: 'Category.products',
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
    return this.categoryRepository.products(id).find(filter);
  }

  @post('/Categories/{id}/products')
  @response(200, {
    description: 'Category.products: the new Product',
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
            title: 'NewProductInCategory',
            exclude: ['id'],
          }),
        },
      },
    })
    product: Omit<Product, 'id'>,
  ): Promise<Product> {
    return this.categoryRepository.products(id).create(product);
  }

  @del('/Categories/{id}/products')
  @response(200, {
    description: 'Category.products: DELETE success count',
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
    return this.categoryRepository.products(id).delete(where);
  }
}
