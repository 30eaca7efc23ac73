import {Entity, model, property} from '@loopback/repository';

@model({settings: {validateUpsert: true, idInjection: true}})
export class Picture extends Entity {
  @property({type: 'string'})
  name?: string;

  @property({type: 'string'})
  kind?: string;

  @property({type: 'string'})
  url?: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @property({type: 'number'})
  imageableId?: number;

  @property({type: 'string', index: true})
  imageableType?: string;

  constructor(data?: Partial<Picture>) {
    super(data);
  }
}

export interface PictureRelations {
}

export type PictureWithRelations = Picture & PictureRelations;
