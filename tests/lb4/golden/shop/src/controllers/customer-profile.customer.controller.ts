import {repository} from '@loopback/repository';
import {get, getModelSchemaRef, param, response} from '@loopback/rest';
import {Customer} from '../models';
import {CustomerProfileRepository} from '../repositories';

// LoopBack 3's endpoints of CustomerProfile.customer, at its paths (/CustomerProfiles/{id}/customer).
export class CustomerProfileCustomerController {
  constructor(
    @repository(CustomerProfileRepository)
    protected customerProfileRepository: CustomerProfileRepository,
  ) {}

  @get('/CustomerProfiles/{id}/customer')
  @response(200, {
    description: 'CustomerProfile.customer: the Customer it belongs to',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Customer),
      },
    },
  })
  async get(@param.path.number('id') id: number): Promise<Customer> {
    return this.customerProfileRepository.customer(id);
  }
}
