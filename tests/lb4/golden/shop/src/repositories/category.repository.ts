import {Getter, inject} from '@loopback/core';
import {
  BelongsToAccessor,
  DefaultCrudRepository,
  HasManyRepositoryFactory,
  repository,
} from '@loopback/repository';
import {DbDataSource} from '../datasources';
import {Category, CategoryRelations, Product} from '../models';
import {ProductRepository} from './product.repository';

export class CategoryRepository extends DefaultCrudRepository<
  Category,
  typeof Category.prototype.id,
  CategoryRelations
> {
  public readonly parent: BelongsToAccessor<
    Category,
    typeof Category.prototype.id
  >;
  public readonly children: HasManyRepositoryFactory<
    Category,
    typeof Category.prototype.id
  >;
  public readonly products: HasManyRepositoryFactory<
    Product,
    typeof Category.prototype.id
  >;
  public readonly shoes: HasManyRepositoryFactory<
    Product,
    typeof Category.prototype.id
  >;

  constructor(
    @inject('datasources.db') dataSource: DbDataSource,
    @repository.getter('ProductRepository')
    protected productRepositoryGetter: Getter<ProductRepository>,
  ) {
    super(Category, dataSource);
    this.parent = this.createBelongsToAccessorFor(
      'parent',
      Getter.fromValue(this),
    );
    this.registerInclusionResolver('parent', this.parent.inclusionResolver);
    this.children = this.createHasManyRepositoryFactoryFor(
      'children',
      Getter.fromValue(this),
    );
    this.registerInclusionResolver('children', this.children.inclusionResolver);
    this.products = this.createHasManyRepositoryFactoryFor(
      'products',
      productRepositoryGetter,
    );
    this.registerInclusionResolver('products', this.products.inclusionResolver);
    this.shoes = this.createHasManyRepositoryFactoryFor(
      'shoes',
      productRepositoryGetter,
    );
    this.registerInclusionResolver('shoes', this.shoes.inclusionResolver);
  }
}
