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
import {Category} from '../models';
import {CategoryRepository} from '../repositories';

// LoopBack 3's endpoints of Category.children, at its paths (/Categories/{id}/children).
export class CategoryChildrenController {
  constructor(
    @repository(CategoryRepository)
    protected categoryRepository: CategoryRepository,
  ) {}

  @get('/Categories/{id}/children')
  @response(200, {
    description: 'Category.children',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(Category),
        },
      },
    },
  })
  async find(
    @param.path.number('id') id: number,
    @param.query.object('filter') filter?: Filter<Category>,
  ): Promise<Category[]> {
    return this.categoryRepository.children(id).find(filter);
  }

  @post('/Categories/{id}/children')
  @response(200, {
    description: 'Category.children: the new Category',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Category),
      },
    },
  })
  async create(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Category, {
            title: 'NewCategoryInCategory',
            exclude: ['id'],
          }),
        },
      },
    })
    category: Omit<Category, 'id'>,
  ): Promise<Category> {
    return this.categoryRepository.children(id).create(category);
  }

  @del('/Categories/{id}/children')
  @response(200, {
    description: 'Category.children: DELETE success count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async delete(
    @param.path.number('id') id: number,
    @param.query.object('where', getWhereSchemaFor(Category))
    where?: Where<Category>,
  ): Promise<Count> {
    return this.categoryRepository.children(id).delete(where);
  }
}
