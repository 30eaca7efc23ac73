import {
  belongsTo,
  Entity,
  hasMany,
  model,
  property,
} from '@loopback/repository';
import {Product, ProductWithRelations} from './product.model';

@model({settings: {validateUpsert: true, idInjection: true}})
export class Category extends Entity {
  @property({type: 'string', required: true})
  name: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @belongsTo(() => Category, {name: 'parent', keyTo: 'id'})
  parentId?: number;

  @hasMany(() => Category, {keyTo: 'parentId', keyFrom: 'id'})
  children: Category[];

  @hasMany(() => Product, {keyTo: 'categoryId', keyFrom: 'id'})
  products: Product[];

  @hasMany(() => Product, {keyTo: 'categoryId', keyFrom: 'id'})
  shoes: Product[];

  constructor(data?: Partial<Category>) {
    super(data);
  }
}

export interface CategoryRelations {
  parent?: CategoryWithRelations;
  children?: CategoryWithRelations[];
  products?: ProductWithRelations[];
  shoes?: ProductWithRelations[];
}

export type CategoryWithRelations = Category & CategoryRelations;
