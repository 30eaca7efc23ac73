import {Entity, hasMany, model, property} from '@loopback/repository';
import {Appointment, AppointmentWithRelations} from './appointment.model';
import {Patient, PatientWithRelations} from './patient.model';

@model({settings: {validateUpsert: true, idInjection: true}})
export class Physician extends Entity {
  @property({type: 'string', required: true})
  name: string;

  @property({type: 'string'})
  specialty?: string;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @hasMany(() => Patient, {
    through: {
      model: () => Appointment,
      keyFrom: 'physicianId',
      keyTo: 'patientId',
    },
    keyFrom: 'id',
    keyTo: 'id',
  })
  patients: Patient[];

  @hasMany(() => Patient, {
    through: {
      model: () => Appointment,
      keyFrom: 'physicianId',
      keyTo: 'patientId',
    },
    keyFrom: 'id',
    keyTo: 'id',
  })
  confirmedPatients: Patient[];

  @hasMany(() => Appointment, {keyTo: 'physicianId', keyFrom: 'id'})
  appointments: Appointment[];

  constructor(data?: Partial<Physician>) {
    super(data);
  }
}

export interface PhysicianRelations {
  patients?: PatientWithRelations[];
  confirmedPatients?: PatientWithRelations[];
  appointments?: AppointmentWithRelations[];
}

export type PhysicianWithRelations = Physician & PhysicianRelations;
