import {inject} from '@loopback/core';
import {DefaultCrudRepository} from '@loopback/repository';
import {DbDataSource} from '../datasources';
import {Picture, PictureRelations} from '../models';

export class PictureRepository extends DefaultCrudRepository<
  Picture,
  typeof Picture.prototype.id,
  PictureRelations
> {
  constructor(
    @inject('datasources.db') dataSource: DbDataSource,
  ) {
    super(Picture, dataSource);
  }
}
