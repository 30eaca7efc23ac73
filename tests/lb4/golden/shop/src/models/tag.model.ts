import {Entity, hasMany, model, property} from '@loopback/repository';
import {Product, ProductWithRelations} from './product.model';
import {ProductTag} from './product-tag.model';

@model({
  settings: {
    validateUpsert: true,
    idInjection: true,
    scope: {order: 'name ASC'},
  },
})
export class Tag extends Entity {
  @property({type: 'string', required: true})
  name: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @hasMany(() => Product, {
    through: {model: () => ProductTag, keyFrom: 'tagId', keyTo: 'productId'},
    keyFrom: 'id',
    keyTo: 'id',
  })
  products: Product[];

  constructor(data?: Partial<Tag>) {
    super(data);
  }
}

export interface TagRelations {
  products?: ProductWithRelations[];
}

export type TagWithRelations = Tag & TagRelations;
