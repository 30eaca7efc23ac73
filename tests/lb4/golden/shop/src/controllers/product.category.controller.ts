import {repository} from '@loopback/repository';
import {get, getModelSchemaRef, param, response} from '@loopback/rest';
import {Category} from '../models';
import {ProductRepository} from '../repositories';

// LoopBack 3's endpoints of Product.category, at its paths (/Products/{id}/category).
export class ProductCategoryController {
  constructor(
    @repository(ProductRepository)
    protected productRepository: ProductRepository,
  ) {}

  @get('/Products/{id}/category')
  @response(200, {
    description: 'Product.category: the Category it belongs to',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Category),
      },
    },
  })
  async get(@param.path.number('id') id: number): Promise<Category> {
    return this.productRepository.category(id);
  }
}
