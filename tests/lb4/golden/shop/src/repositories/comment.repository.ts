import {Getter, inject} from '@loopback/core';
import {
  BelongsToAccessor,
  DefaultCrudRepository,
  repository,
} from '@loopback/repository';
import {DbDataSource} from '../datasources';
import {Comment, CommentRelations, Customer} from '../models';
import {CustomerRepository} from './customer.repository';

export class CommentRepository extends DefaultCrudRepository<
  Comment,
  typeof Comment.prototype.id,
  CommentRelations
> {
  public readonly author: BelongsToAccessor<
    Customer,
    typeof Comment.prototype.id
  >;

  constructor(
    @inject('datasources.db') dataSource: DbDataSource,
    @repository.getter('CustomerRepository')
    protected customerRepositoryGetter: Getter<CustomerRepository>,
  ) {
    super(Comment, dataSource);
    this.author = this.createBelongsToAccessorFor(
      'author',
      customerRepositoryGetter,
    );
    this.registerInclusionResolver('author', this.author.inclusionResolver);
  }
}
