import {Getter, inject} from '@loopback/core';
import {
  DefaultCrudRepository,
  HasManyThroughRepositoryFactory,
  repository,
} from '@loopback/repository';
import {DbDataSource} from '../datasources';
import {Assembly, AssemblyPart, AssemblyRelations, Part} from '../models';
import {PartRepository} from './part.repository';
import {AssemblyPartRepository} from './assembly-part.repository';

export class AssemblyRepository extends DefaultCrudRepository<
  Assembly,
  typeof Assembly.prototype.id,
  AssemblyRelations
> {
  public readonly parts: HasManyThroughRepositoryFactory<
    Part,
    typeof Part.prototype.id,
    AssemblyPart,
    typeof Assembly.prototype.id
  >;

  constructor(
    @inject('datasources.db') dataSource: DbDataSource,
    @repository.getter('PartRepository')
    protected partRepositoryGetter: Getter<PartRepository>,
    @repository.getter('AssemblyPartRepository')
    protected assemblyPartRepositoryGetter: Getter<AssemblyPartRepository>,
  ) {
    super(Assembly, dataSource);
    this.parts = this.createHasManyThroughRepositoryFactoryFor(
      'parts',
      partRepositoryGetter,
      assemblyPartRepositoryGetter,
    );
    this.registerInclusionResolver('parts', this.parts.inclusionResolver);
  }
}
