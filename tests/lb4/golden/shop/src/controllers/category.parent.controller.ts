import {repository} from '@loopback/repository';
import {get, getModelSchemaRef, param, response} from '@loopback/rest';
import {Category} from '../models';
import {CategoryRepository} from '../repositories';

// LoopBack 3's endpoints of Category.parent, at its paths (/Categories/{id}/parent).
export class CategoryParentController {
  constructor(
    @repository(CategoryRepository)
    protected categoryRepository: CategoryRepository,
  ) {}

  @get('/Categories/{id}/parent')
  @response(200, {
    description: 'Category.parent: the Category it belongs to',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Category),
      },
    },
  })
  async get(@param.path.number('id') id: number): Promise<Category> {
    return this.categoryRepository.parent(id);
  }
}
