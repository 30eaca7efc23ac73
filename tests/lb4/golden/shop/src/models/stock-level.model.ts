import {belongsTo, Entity, model, property} from '@loopback/repository';
import {Product, ProductWithRelations} from './product.model';

@model({settings: {validateUpsert: true, idInjection: true}})
export class StockLevel extends Entity {
  @property({type: 'string', required: true})
  warehouse: string;

  @property({type: 'number'})
  quantity?: number;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @belongsTo(() => Product, {name: 'product', keyTo: 'sku'})
  productSku?: string;

  constructor(data?: Partial<StockLevel>) {
    super(data);
  }
}

export interface StockLevelRelations {
  product?: ProductWithRelations;
}

export type StockLevelWithRelations = StockLevel & StockLevelRelations;
