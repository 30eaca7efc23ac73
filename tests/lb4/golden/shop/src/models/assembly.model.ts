import {Entity, hasMany, model, property} from '@loopback/repository';
import {AssemblyPart} from './assembly-part.model';
import {Part, PartWithRelations} from './part.model';

@model({settings: {validateUpsert: true, idInjection: true}})
export class Assembly extends Entity {
  @property({type: 'string', required: true})
  name: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @hasMany(() => Part, {
    through: {
      model: () => AssemblyPart,
      keyFrom: 'assemblyId',
      keyTo: 'partId',
    },
    keyFrom: 'id',
    keyTo: 'id',
  })
  parts: Part[];

  constructor(data?: Partial<Assembly>) {
    super(data);
  }
}

export interface AssemblyRelations {
  parts?: PartWithRelations[];
}

export type AssemblyWithRelations = Assembly & AssemblyRelations;
