import {Getter, inject} from '@loopback/core';
import {
  DefaultCrudRepository,
  HasManyThroughRepositoryFactory,
  repository,
} from '@loopback/repository';
import {DbDataSource} from '../datasources';
import {Assembly, AssemblyPart, Part, PartRelations} from '../models';
import {AssemblyRepository} from './assembly.repository';
import {AssemblyPartRepository} from './assembly-part.repository';

export class PartRepository extends DefaultCrudRepository<
  Part,
  typeof Part.prototype.id,
  PartRelations
> {
  public readonly assemblies: HasManyThroughRepositoryFactory<
    Assembly,
    typeof Assembly.prototype.id,
    AssemblyPart,
    typeof Part.prototype.id
  >;

  constructor(
    @inject('datasources.db') dataSource: DbDataSource,
    @repository.getter('AssemblyRepository')
    protected assemblyRepositoryGetter: Getter<AssemblyRepository>,
    @repository.getter('AssemblyPartRepository')
    protected assemblyPartRepositoryGetter: Getter<AssemblyPartRepository>,
  ) {
    super(Part, dataSource);
    this.assemblies = this.createHasManyThroughRepositoryFactoryFor(
      'assemblies',
      assemblyRepositoryGetter,
      assemblyPartRepositoryGetter,
    );
    this.registerInclusionResolver(
      'assemblies',
      this.assemblies.inclusionResolver,
    );
  }
}
