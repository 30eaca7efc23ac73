import {belongsTo, Entity, model, property} from '@loopback/repository';
import {Customer, CustomerWithRelations} from './customer.model';

@model({settings: {validateUpsert: true, idInjection: true}})
export class CustomerProfile extends Entity {
  @property({type: 'string'})
  bio?: string;

  @property({type: 'boolean'})
  newsletter?: boolean;

  @property({type: 'string'})
  website?: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @belongsTo(() => Customer, {name: 'customer', keyTo: 'id'})
  customerId?: number;

  constructor(data?: Partial<CustomerProfile>) {
    super(data);
  }
}

export interface CustomerProfileRelations {
  customer?: CustomerWithRelations;
}

export type CustomerProfileWithRelations = CustomerProfile & CustomerProfileRelations;
