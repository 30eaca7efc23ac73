import {belongsTo, Entity, model, property} from '@loopback/repository';
import {Order, OrderWithRelations} from './order.model';
import {Product, ProductWithRelations} from './product.model';

@model({settings: {validateUpsert: true, idInjection: true}})
export class OrderItem extends Entity {
  @property({type: 'number', required: true})
  quantity: number;

  @property({type: 'number'})
  unitPrice?: number;

  @property({type: 'string'})
  currency?: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @belongsTo(() => Order, {name: 'order', keyTo: 'id'})
  orderId?: number;

  @belongsTo(() => Product, {name: 'product', keyTo: 'id'})
  productId?: number;

  constructor(data?: Partial<OrderItem>) {
    super(data);
  }
}

export interface OrderItemRelations {
  order?: OrderWithRelations;
  product?: ProductWithRelations;
}

export type OrderItemWithRelations = OrderItem & OrderItemRelations;
