import {Getter, inject} from '@loopback/core';
import {
  DefaultCrudRepository,
  HasManyRepositoryFactory,
  HasManyThroughRepositoryFactory,
  repository,
} from '@loopback/repository';
import {DbDataSource} from '../datasources';
import {Appointment, Patient, Physician, PhysicianRelations} from '../models';
import {PatientRepository} from './patient.repository';
import {AppointmentRepository} from './appointment.repository';

export class PhysicianRepository extends DefaultCrudRepository<
  Physician,
  typeof Physician.prototype.id,
  PhysicianRelations
> {
  public readonly patients: HasManyThroughRepositoryFactory<
    Patient,
    typeof Patient.prototype.id,
    Appointment,
    typeof Physician.prototype.id
  >;
  public readonly confirmedPatients: HasManyThroughRepositoryFactory<
    Patient,
    typeof Patient.prototype.id,
    Appointment,
    typeof Physician.prototype.id
  >;
  public readonly appointments: HasManyRepositoryFactory<
    Appointment,
    typeof Physician.prototype.id
  >;

  constructor(
    @inject('datasources.db') dataSource: DbDataSource,
    @repository.getter('PatientRepository')
    protected patientRepositoryGetter: Getter<PatientRepository>,
    @repository.getter('AppointmentRepository')
    protected appointmentRepositoryGetter: Getter<AppointmentRepository>,
  ) {
    super(Physician, dataSource);
    this.patients = this.createHasManyThroughRepositoryFactoryFor(
      'patients',
      patientRepositoryGetter,
      appointmentRepositoryGetter,
    );
    this.registerInclusionResolver('patients', this.patients.inclusionResolver);
    this.confirmedPatients = this.createHasManyThroughRepositoryFactoryFor(
      'confirmedPatients',
      patientRepositoryGetter,
      appointmentRepositoryGetter,
    );
    this.registerInclusionResolver(
      'confirmedPatients',
      this.confirmedPatients.inclusionResolver,
    );
    this.appointments = this.createHasManyRepositoryFactoryFor(
      'appointments',
      appointmentRepositoryGetter,
    );
  }
}
