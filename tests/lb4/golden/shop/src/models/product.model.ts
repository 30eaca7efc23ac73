import {
  belongsTo,
  Entity,
  hasMany,
  model,
  property,
} from '@loopback/repository';
import {Category, CategoryWithRelations} from './category.model';
import {ProductTag} from './product-tag.model';
import {StockLevel, StockLevelWithRelations} from './stock-level.model';
import {Tag, TagWithRelations} from './tag.model';

@model({
  settings: {
    validateUpsert: true,
    idInjection: true,
    scope: {where: {discontinued: {neq: true}}},
  },
})
export class Product extends Entity {
  @property({type: 'string', required: true})
  name: string;

  @property({type: 'string', required: true, index: {unique: true}})
  sku: string;

  @property({type: 'string'})
  kind?: string;

  @property({type: 'number'})
  price?: number;

  @property({type: 'boolean', default: false})
  discontinued?: boolean;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @belongsTo(() => Category, {name: 'category', keyTo: 'id'})
  categoryId?: number;

  @hasMany(() => StockLevel, {keyTo: 'productSku', keyFrom: 'sku'})
  stockLevels: StockLevel[];

  @hasMany(() => Tag, {
    through: {model: () => ProductTag, keyFrom: 'productId', keyTo: 'tagId'},
    keyFrom: 'id',
    keyTo: 'id',
  })
  tags: Tag[];

  constructor(data?: Partial<Product>) {
    super(data);
  }
}

export interface ProductRelations {
  category?: CategoryWithRelations;
  stockLevels?: StockLevelWithRelations[];
  tags?: TagWithRelations[];
}

export type ProductWithRelations = Product & ProductRelations;
