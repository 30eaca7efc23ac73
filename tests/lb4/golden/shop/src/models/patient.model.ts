import {Entity, hasMany, model, property} from '@loopback/repository';
import {Appointment} from './appointment.model';
import {Physician, PhysicianWithRelations} from './physician.model';

@model({settings: {validateUpsert: true, idInjection: true}})
export class Patient extends Entity {
  @property({type: 'string', required: true})
  name: string;

  @property({type: 'date'})
  birthDate?: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @hasMany(() => Physician, {
    through: {
      model: () => Appointment,
      keyFrom: 'patientId',
      keyTo: 'physicianId',
    },
    keyFrom: 'id',
    keyTo: 'id',
  })
  physicians: Physician[];

  constructor(data?: Partial<Patient>) {
    super(data);
  }
}

export interface PatientRelations {
  physicians?: PhysicianWithRelations[];
}

export type PatientWithRelations = Patient & PatientRelations;
