import {Getter, inject} from '@loopback/core';
import {
  BelongsToAccessor,
  DefaultCrudRepository,
  repository,
} from '@loopback/repository';
import {DbDataSource} from '../datasources';
import {Customer, CustomerProfile, CustomerProfileRelations} from '../models';
import {CustomerRepository} from './customer.repository';

export class CustomerProfileRepository extends DefaultCrudRepository<
  CustomerProfile,
  typeof CustomerProfile.prototype.id,
  CustomerProfileRelations
> {
  public readonly customer: BelongsToAccessor<
    Customer,
    typeof CustomerProfile.prototype.id
  >;

  constructor(
    @inject('datasources.db') dataSource: DbDataSource,
    @repository.getter('CustomerRepository')
    protected customerRepositoryGetter: Getter<CustomerRepository>,
  ) {
    super(CustomerProfile, dataSource);
    this.customer = this.createBelongsToAccessorFor(
      'customer',
      customerRepositoryGetter,
    );
    this.registerInclusionResolver('customer', this.customer.inclusionResolver);
  }
}
