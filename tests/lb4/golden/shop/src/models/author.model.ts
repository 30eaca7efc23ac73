import {Entity, model, property} from '@loopback/repository';

@model({settings: {validateUpsert: true, idInjection: true}})
export class Author extends Entity {
  @property({type: 'string', required: true})
  name: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  constructor(data?: Partial<Author>) {
    super(data);
  }
}

export interface AuthorRelations {
}

export type AuthorWithRelations = Author & AuthorRelations;
