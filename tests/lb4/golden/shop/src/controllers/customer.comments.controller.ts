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
import {Comment} from '../models';
import {CustomerRepository} from '../repositories';

// LoopBack 3's endpoints of Customer.comments, at its paths (/Customers/{id}/comments).
export class CustomerCommentsController {
  constructor(
    @repository(CustomerRepository)
    protected customerRepository: CustomerRepository,
  ) {}

  @get('/Customers/{id}/comments')
  @response(200, {
    description: 'Customer.comments',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(Comment),
        },
      },
    },
  })
  async find(
    @param.path.number('id') id: number,
    @param.query.object('filter') filter?: Filter<Comment>,
  ): Promise<Comment[]> {
    return this.customerRepository.comments(id).find(filter);
  }

  @post('/Customers/{id}/comments')
  @response(200, {
    description: 'Customer.comments: the new Comment',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Comment),
      },
    },
  })
  async create(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Comment, {
            title: 'NewCommentInCustomer',
            exclude: ['id'],
          }),
        },
      },
    })
    comment: Omit<Comment, 'id'>,
  ): Promise<Comment> {
    return this.customerRepository.comments(id).create(comment);
  }

  @del('/Customers/{id}/comments')
  @response(200, {
    description: 'Customer.comments: DELETE success count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async delete(
    @param.path.number('id') id: number,
    @param.query.object('where', getWhereSchemaFor(Comment))
    where?: Where<Comment>,
  ): Promise<Count> {
    return this.customerRepository.comments(id).delete(where);
  }
}
