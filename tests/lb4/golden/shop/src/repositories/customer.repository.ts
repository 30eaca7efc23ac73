import {Getter, inject} from '@loopback/core';
import {
  DefaultCrudRepository,
  HasManyRepositoryFactory,
  HasOneRepositoryFactory,
  ReferencesManyAccessor,
  repository,
} from '@loopback/repository';
import {DbDataSource} from '../datasources';
import {
  Comment,
  Customer,
  CustomerProfile,
  CustomerRelations,
  Order,
  Product,
} from '../models';
import {CustomerProfileRepository} from './customer-profile.repository';
import {CommentRepository} from './comment.repository';
import {OrderRepository} from './order.repository';
import {ProductRepository} from './product.repository';

export class CustomerRepository extends DefaultCrudRepository<
  Customer,
  typeof Customer.prototype.id,
  CustomerRelations
> {
  public readonly profile: HasOneRepositoryFactory<
    CustomerProfile,
    typeof Customer.prototype.id
  >;
  public readonly comments: HasManyRepositoryFactory<
    Comment,
    typeof Customer.prototype.id
  >;
  public readonly orders: HasManyRepositoryFactory<
    Order,
    typeof Customer.prototype.id
  >;
  public readonly bigOrders: HasManyRepositoryFactory<
    Order,
    typeof Customer.prototype.id
  >;
  public readonly favorites: ReferencesManyAccessor<
    Product,
    typeof Customer.prototype.id
  >;

  constructor(
    @inject('datasources.db') dataSource: DbDataSource,
    @repository.getter('CustomerProfileRepository')
    protected customerProfileRepositoryGetter: Getter<CustomerProfileRepository>,
    @repository.getter('CommentRepository')
    protected commentRepositoryGetter: Getter<CommentRepository>,
    @repository.getter('OrderRepository')
    protected orderRepositoryGetter: Getter<OrderRepository>,
    @repository.getter('ProductRepository')
    protected productRepositoryGetter: Getter<ProductRepository>,
  ) {
    super(Customer, dataSource);
    this.profile = this.createHasOneRepositoryFactoryFor(
      'profile',
      customerProfileRepositoryGetter,
    );
    this.registerInclusionResolver('profile', this.profile.inclusionResolver);
    this.comments = this.createHasManyRepositoryFactoryFor(
      'comments',
      commentRepositoryGetter,
    );
    this.registerInclusionResolver('comments', this.comments.inclusionResolver);
    this.orders = this.createHasManyRepositoryFactoryFor(
      'orders',
      orderRepositoryGetter,
    );
    this.registerInclusionResolver('orders', this.orders.inclusionResolver);
    this.bigOrders = this.createHasManyRepositoryFactoryFor(
      'bigOrders',
      orderRepositoryGetter,
    );
    this.registerInclusionResolver(
      'bigOrders',
      this.bigOrders.inclusionResolver,
    );
    this.favorites = this.createReferencesManyAccessorFor(
      'favorites',
      productRepositoryGetter,
    );
    this.registerInclusionResolver(
      'favorites',
      this.favorites.inclusionResolver,
    );
  }
}
