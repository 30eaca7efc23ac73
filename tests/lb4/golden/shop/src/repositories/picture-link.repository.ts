import {Getter, inject} from '@loopback/core';
import {
  BelongsToAccessor,
  DefaultCrudRepository,
  repository,
} from '@loopback/repository';
import {DbDataSource} from '../datasources';
import {Picture, PictureLink, PictureLinkRelations} from '../models';
import {PictureRepository} from './picture.repository';

export class PictureLinkRepository extends DefaultCrudRepository<
  PictureLink,
  typeof PictureLink.prototype.id,
  PictureLinkRelations
> {
  public readonly picture: BelongsToAccessor<
    Picture,
    typeof PictureLink.prototype.id
  >;

  constructor(
    @inject('datasources.db') dataSource: DbDataSource,
    @repository.getter('PictureRepository')
    protected pictureRepositoryGetter: Getter<PictureRepository>,
  ) {
    super(PictureLink, dataSource);
    this.picture = this.createBelongsToAccessorFor(
      'picture',
      pictureRepositoryGetter,
    );
    this.registerInclusionResolver('picture', this.picture.inclusionResolver);
  }
}
