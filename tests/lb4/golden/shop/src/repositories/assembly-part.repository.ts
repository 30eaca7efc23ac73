import {Getter, inject} from '@loopback/core';
import {
  BelongsToAccessor,
  DefaultCrudRepository,
  repository,
} from '@loopback/repository';
import {DbDataSource} from '../datasources';
import {Assembly, AssemblyPart, AssemblyPartRelations, Part} from '../models';
import {PartRepository} from './part.repository';
import {AssemblyRepository} from './assembly.repository';

export class AssemblyPartRepository extends DefaultCrudRepository<
  AssemblyPart,
  typeof AssemblyPart.prototype.id,
  AssemblyPartRelations
> {
  public readonly part: BelongsToAccessor<
    Part,
    typeof AssemblyPart.prototype.id
  >;
  public readonly assembly: BelongsToAccessor<
    Assembly,
    typeof AssemblyPart.prototype.id
  >;

  constructor(
    @inject('datasources.db') dataSource: DbDataSource,
    @repository.getter('PartRepository')
    protected partRepositoryGetter: Getter<PartRepository>,
    @repository.getter('AssemblyRepository')
    protected assemblyRepositoryGetter: Getter<AssemblyRepository>,
  ) {
    super(AssemblyPart, dataSource);
    this.part = this.createBelongsToAccessorFor('part', partRepositoryGetter);
    this.registerInclusionResolver('part', this.part.inclusionResolver);
    this.assembly = this.createBelongsToAccessorFor(
      'assembly',
      assemblyRepositoryGetter,
    );
    this.registerInclusionResolver('assembly', this.assembly.inclusionResolver);
  }
}
