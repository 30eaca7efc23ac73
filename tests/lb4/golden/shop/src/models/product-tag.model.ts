import {belongsTo, Entity, model, property} from '@loopback/repository';
import {Product, ProductWithRelations} from './product.model';
import {Tag, TagWithRelations} from './tag.model';

@model({settings: {validateUpsert: true, idInjection: true}})
export class ProductTag extends Entity {
  @property({type: 'date'})
  taggedAt?: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @belongsTo(() => Product, {name: 'product', keyTo: 'id'})
  productId?: number;

  @belongsTo(() => Tag, {name: 'tag', keyTo: 'id'})
  tagId?: number;

  constructor(data?: Partial<ProductTag>) {
    super(data);
  }
}

export interface ProductTagRelations {
  product?: ProductWithRelations;
  tag?: TagWithRelations;
}

export type ProductTagWithRelations = ProductTag & ProductTagRelations;
