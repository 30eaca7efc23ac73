import {Entity, hasMany, model, property} from '@loopback/repository';
import {Assembly, AssemblyWithRelations} from './assembly.model';
import {AssemblyPart} from './assembly-part.model';

@model({settings: {validateUpsert: true, idInjection: true}})
export class Part extends Entity {
  @property({type: 'string', required: true})
  partNumber: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @hasMany(() => Assembly, {
    through: {
      model: () => AssemblyPart,
      keyFrom: 'partId',
      keyTo: 'assemblyId',
    },
    keyFrom: 'id',
    keyTo: 'id',
  })
  assemblies: Assembly[];

  constructor(data?: Partial<Part>) {
    super(data);
  }
}

export interface PartRelations {
  assemblies?: AssemblyWithRelations[];
}

export type PartWithRelations = Part & PartRelations;
