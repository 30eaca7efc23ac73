import {Entity, model, property} from '@loopback/repository';

@model({settings: {validateUpsert: true, idInjection: true}})
export class Reader extends Entity {
  @property({type: 'string', required: true})
  name: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  constructor(data?: Partial<Reader>) {
    super(data);
  }
}

export interface ReaderRelations {
}

export type ReaderWithRelations = Reader & ReaderRelations;
