import {repository} from '@loopback/repository';
import {get, getModelSchemaRef, param, response} from '@loopback/rest';
import {Customer} from '../models';
import {CommentRepository} from '../repositories';

// LoopBack 3's endpoints of Comment.author, at its paths (/Comments/{id}/author).
export class CommentAuthorController {
  constructor(
    @repository(CommentRepository)
    protected commentRepository: CommentRepository,
  ) {}

  @get('/Comments/{id}/author')
  @response(200, {
    description: 'Comment.author: the Customer it belongs to',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Customer),
      },
    },
  })
  async get(@param.path.number('id') id: number): Promise<Customer> {
    return this.commentRepository.author(id);
  }
}
