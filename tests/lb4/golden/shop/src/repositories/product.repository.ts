import {Getter, inject} from '@loopback/core';
import {
  BelongsToAccessor,
  DefaultCrudRepository,
  HasManyRepositoryFactory,
  HasManyThroughRepositoryFactory,
  repository,
} from '@loopback/repository';
import {DbDataSource} from '../datasources';
import {
  Category,
  Product,
  ProductRelations,
  ProductTag,
  StockLevel,
  Tag,
} from '../models';
import {CategoryRepository} from './category.repository';
import {StockLevelRepository} from './stock-level.repository';
import {TagRepository} from './tag.repository';
import {ProductTagRepository} from './product-tag.repository';

export class ProductRepository extends DefaultCrudRepository<
  Product,
  typeof Product.prototype.id,
  ProductRelations
> {
  public readonly category: BelongsToAccessor<
    Category,
    typeof Product.prototype.id
  >;
  public readonly stockLevels: HasManyRepositoryFactory<
    StockLevel,
    typeof Product.prototype.sku
  >;
  public readonly tags: HasManyThroughRepositoryFactory<
    Tag,
    typeof Tag.prototype.id,
    ProductTag,
    typeof Product.prototype.id
  >;

  constructor(
    @inject('datasources.db') dataSource: DbDataSource,
    @repository.getter('CategoryRepository')
    protected categoryRepositoryGetter: Getter<CategoryRepository>,
    @repository.getter('StockLevelRepository')
    protected stockLevelRepositoryGetter: Getter<StockLevelRepository>,
    @repository.getter('TagRepository')
    protected tagRepositoryGetter: Getter<TagRepository>,
    @repository.getter('ProductTagRepository')
    protected productTagRepositoryGetter: Getter<ProductTagRepository>,
  ) {
    super(Product, dataSource);
    this.category = this.createBelongsToAccessorFor(
      'category',
      categoryRepositoryGetter,
    );
    this.registerInclusionResolver('category', this.category.inclusionResolver);
    this.stockLevels = this.createHasManyRepositoryFactoryFor(
      'stockLevels',
      stockLevelRepositoryGetter,
    );
    this.registerInclusionResolver(
      'stockLevels',
      this.stockLevels.inclusionResolver,
    );
    this.tags = this.createHasManyThroughRepositoryFactoryFor(
      'tags',
      tagRepositoryGetter,
      productTagRepositoryGetter,
    );
    this.registerInclusionResolver('tags', this.tags.inclusionResolver);
  }
}
