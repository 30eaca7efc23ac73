import {
  Entity,
  hasMany,
  hasOne,
  model,
  property,
  referencesMany,
} from '@loopback/repository';
import {Comment, CommentWithRelations} from './comment.model';
import {
  CustomerProfile,
  CustomerProfileWithRelations,
} from './customer-profile.model';
import {Order, OrderWithRelations} from './order.model';
import {Product, ProductWithRelations} from './product.model';

@model({
  settings: {
    validateUpsert: true,
    description: 'A shop customer: the hub of the sample, it owns one relation of nearly every kind.',
    idInjection: true,
  },
})
export class Customer extends Entity {
  @property({type: 'string', required: true})
  name: string;

  @property({type: 'string'})
  email?: string;

  @property({type: 'number'})
  age?: number;

  @property({type: 'boolean'})
  vip?: boolean;

  @property({type: 'string'})
  city?: string;

  @property({type: 'date'})
  createdAt?: string;

  @property({type: 'string', hidden: true})
  passwordHash?: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @property({type: 'object'})
  billingAddress?: object;

  @property({type: 'array', itemType: 'object', default: []})
  emailList?: object[];

  @referencesMany(() => Product, {name: 'favorites', keyTo: 'id'}, {
    default: [],
  })
  productIds?: number[];

  @hasOne(() => CustomerProfile, {keyTo: 'customerId', keyFrom: 'id'})
  profile: CustomerProfile;

  @hasMany(() => Comment, {keyTo: 'authorId', keyFrom: 'id'})
  comments: Comment[];

  @hasMany(() => Order, {keyTo: 'customerId', keyFrom: 'id'})
  orders: Order[];

  @hasMany(() => Order, {keyTo: 'customerId', keyFrom: 'id'})
  bigOrders: Order[];

  constructor(data?: Partial<Customer>) {
    super(data);
  }
}

export interface CustomerRelations {
  profile?: CustomerProfileWithRelations;
  comments?: CommentWithRelations[];
  orders?: OrderWithRelations[];
  bigOrders?: OrderWithRelations[];
  favorites?: ProductWithRelations[];
}

export type CustomerWithRelations = Customer & CustomerRelations;
