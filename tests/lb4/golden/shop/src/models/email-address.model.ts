import {Model, model, property} from '@loopback/repository';

@model({settings: {validateUpsert: true, idInjection: false}})
export class EmailAddress extends Model {
  @property({type: 'number', id: true})
  id?: number;

  @property({type: 'string'})
  label?: string;

  @property({type: 'string', required: true})
  address: string;

  constructor(data?: Partial<EmailAddress>) {
    super(data);
  }
}

export interface EmailAddressRelations {
}

export type EmailAddressWithRelations = EmailAddress & EmailAddressRelations;
