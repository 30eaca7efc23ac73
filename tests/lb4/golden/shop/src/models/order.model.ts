import {
  belongsTo,
  Entity,
  hasMany,
  model,
  property,
} from '@loopback/repository';
import {Customer, CustomerWithRelations} from './customer.model';
import {OrderItem, OrderItemWithRelations} from './order-item.model';

@model({settings: {validateUpsert: true, idInjection: true}})
export class Order extends Entity {
  @property({type: 'string'})
  status?: string;

  @property({type: 'number'})
  total?: number;

  @property({type: 'string'})
  currency?: string;

  @property({type: 'date'})
  orderDate?: string;

  @property({type: 'string'})
  note?: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @belongsTo(() => Customer, {name: 'customer', keyTo: 'id'})
  customerId?: number;

  @hasMany(() => OrderItem, {keyTo: 'orderId', keyFrom: 'id'})
  items: OrderItem[];

  constructor(data?: Partial<Order>) {
    super(data);
  }
}

export interface OrderRelations {
  customer?: CustomerWithRelations;
  items?: OrderItemWithRelations[];
}

export type OrderWithRelations = Order & OrderRelations;
