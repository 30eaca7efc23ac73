import {Model, model, property} from '@loopback/repository';

@model({settings: {validateUpsert: true, idInjection: false}})
export class Address extends Model {
  @property({type: 'string'})
  street?: string;

  @property({type: 'string', required: true})
  city: string;

  @property({type: 'string'})
  zip?: string;

  @property({type: 'string'})
  country?: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  constructor(data?: Partial<Address>) {
    super(data);
  }
}

export interface AddressRelations {
}

export type AddressWithRelations = Address & AddressRelations;
