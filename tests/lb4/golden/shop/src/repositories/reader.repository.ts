import {inject} from '@loopback/core';
import {DefaultCrudRepository} from '@loopback/repository';
import {DbDataSource} from '../datasources';
import {Reader, ReaderRelations} from '../models';

export class ReaderRepository extends DefaultCrudRepository<
  Reader,
  typeof Reader.prototype.id,
  ReaderRelations
> {
  constructor(
    @inject('datasources.db') dataSource: DbDataSource,
  ) {
    super(Reader, dataSource);
  }
}
