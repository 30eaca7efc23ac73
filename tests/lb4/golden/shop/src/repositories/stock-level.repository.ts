import {Getter, inject} from '@loopback/core';
import {
  BelongsToAccessor,
  DefaultCrudRepository,
  repository,
} from '@loopback/repository';
import {DbDataSource} from '../datasources';
import {Product, StockLevel, StockLevelRelations} from '../models';
import {ProductRepository} from './product.repository';

export class StockLevelRepository extends DefaultCrudRepository<
  StockLevel,
  typeof StockLevel.prototype.id,
  StockLevelRelations
> {
  public readonly product: BelongsToAccessor<
    Product,
    typeof StockLevel.prototype.id
  >;

  constructor(
    @inject('datasources.db') dataSource: DbDataSource,
    @repository.getter('ProductRepository')
    protected productRepositoryGetter: Getter<ProductRepository>,
  ) {
    super(StockLevel, dataSource);
    this.product = this.createBelongsToAccessorFor(
      'product',
      productRepositoryGetter,
    );
    this.registerInclusionResolver('product', this.product.inclusionResolver);
  }
}
