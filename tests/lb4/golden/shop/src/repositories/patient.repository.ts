import {Getter, inject} from '@loopback/core';
import {
  DefaultCrudRepository,
  HasManyThroughRepositoryFactory,
  repository,
} from '@loopback/repository';
import {DbDataSource} from '../datasources';
import {Appointment, Patient, PatientRelations, Physician} from '../models';
import {PhysicianRepository} from './physician.repository';
import {AppointmentRepository} from './appointment.repository';

export class PatientRepository extends DefaultCrudRepository<
  Patient,
  typeof Patient.prototype.id,
  PatientRelations
> {
  public readonly physicians: HasManyThroughRepositoryFactory<
    Physician,
    typeof Physician.prototype.id,
    Appointment,
    typeof Patient.prototype.id
  >;

  constructor(
    @inject('datasources.db') dataSource: DbDataSource,
    @repository.getter('PhysicianRepository')
    protected physicianRepositoryGetter: Getter<PhysicianRepository>,
    @repository.getter('AppointmentRepository')
    protected appointmentRepositoryGetter: Getter<AppointmentRepository>,
  ) {
    super(Patient, dataSource);
    this.physicians = this.createHasManyThroughRepositoryFactoryFor(
      'physicians',
      physicianRepositoryGetter,
      appointmentRepositoryGetter,
    );
    this.registerInclusionResolver(
      'physicians',
      this.physicians.inclusionResolver,
    );
  }
}
