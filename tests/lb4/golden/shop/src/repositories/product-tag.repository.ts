import {Getter, inject} from '@loopback/core';
import {
  BelongsToAccessor,
  DefaultCrudRepository,
  repository,
} from '@loopback/repository';
import {DbDataSource} from '../datasources';
import {Product, ProductTag, ProductTagRelations, Tag} from '../models';
import {ProductRepository} from './product.repository';
import {TagRepository} from './tag.repository';

export class ProductTagRepository extends DefaultCrudRepository<
  ProductTag,
  typeof ProductTag.prototype.id,
  ProductTagRelations
> {
  public readonly product: BelongsToAccessor<
    Product,
    typeof ProductTag.prototype.id
  >;
  public readonly tag: BelongsToAccessor<Tag, typeof ProductTag.prototype.id>;

  constructor(
    @inject('datasources.db') dataSource: DbDataSource,
    @repository.getter('ProductRepository')
    protected productRepositoryGetter: Getter<ProductRepository>,
    @repository.getter('TagRepository')
    protected tagRepositoryGetter: Getter<TagRepository>,
  ) {
    super(ProductTag, dataSource);
    this.product = this.createBelongsToAccessorFor(
      'product',
      productRepositoryGetter,
    );
    this.registerInclusionResolver('product', this.product.inclusionResolver);
    this.tag = this.createBelongsToAccessorFor('tag', tagRepositoryGetter);
    this.registerInclusionResolver('tag', this.tag.inclusionResolver);
  }
}
