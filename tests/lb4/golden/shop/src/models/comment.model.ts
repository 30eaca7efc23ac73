import {belongsTo, Entity, model, property} from '@loopback/repository';
import {Customer, CustomerWithRelations} from './customer.model';

@model({settings: {validateUpsert: true, idInjection: true}})
export class Comment extends Entity {
  @property({type: 'string', required: true})
  body: string;

  @property({type: 'number'})
  rating?: number;

  @property({type: 'date'})
  postedAt?: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @property({type: 'number', index: true})
  commentableId?: number;

  @property({type: 'string', index: true})
  commentableType?: string;

  @belongsTo(() => Customer, {name: 'author', keyTo: 'id'})
  authorId?: number;

  constructor(data?: Partial<Comment>) {
    super(data);
  }
}

export interface CommentRelations {
  author?: CustomerWithRelations;
}

export type CommentWithRelations = Comment & CommentRelations;
