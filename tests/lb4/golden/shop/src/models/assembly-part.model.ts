import {belongsTo, Entity, model, property} from '@loopback/repository';
import {Assembly, AssemblyWithRelations} from './assembly.model';
import {Part, PartWithRelations} from './part.model';

@model({
  settings: {
    validateUpsert: true,
    description: 'The HABTM link table of Assembly and Part. Neither relation names it: LoopBack finds it by name (AssemblyPart or PartAssembly, any case).',
    idInjection: true,
  },
})
export class AssemblyPart extends Entity {
  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @belongsTo(() => Part, {name: 'part', keyTo: 'id'})
  partId?: number;

  @belongsTo(() => Assembly, {name: 'assembly', keyTo: 'id'})
  assemblyId?: number;

  constructor(data?: Partial<AssemblyPart>) {
    super(data);
  }
}

export interface AssemblyPartRelations {
  part?: PartWithRelations;
  assembly?: AssemblyWithRelations;
}

export type AssemblyPartWithRelations = AssemblyPart & AssemblyPartRelations;
