import {belongsTo, Entity, model, property} from '@loopback/repository';
import {Patient, PatientWithRelations} from './patient.model';
import {Physician, PhysicianWithRelations} from './physician.model';

@model({settings: {validateUpsert: true, idInjection: true}})
export class Appointment extends Entity {
  @property({type: 'date', required: true})
  appointmentDate: string;

  @property({type: 'string'})
  status?: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @belongsTo(() => Patient, {name: 'patient', keyTo: 'id'})
  patientId?: number;

  @belongsTo(() => Physician, {name: 'physician', keyTo: 'id'})
  physicianId?: number;

  constructor(data?: Partial<Appointment>) {
    super(data);
  }
}

export interface AppointmentRelations {
  patient?: PatientWithRelations;
  physician?: PhysicianWithRelations;
}

export type AppointmentWithRelations = Appointment & AppointmentRelations;
